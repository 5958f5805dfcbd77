/** What the web client sends with every request; API calls a journey makes directly must send it too. */
export const CSRF_HEADERS = { 'x-phongtrao-csrf': '1' } as const;
