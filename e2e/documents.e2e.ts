import type { Page } from 'playwright-core';
import { expectContains, expectEqual, expectVisible } from './expect';
import { DocumentsPage } from './pages/documents-page';
import { LoginPage } from './pages/login-page';

export const name =
  'a commune officer composes a Kế hoạch, sees it laid out, saves, issues it and downloads the DOCX';

export async function run(page: Page, baseUrl: string): Promise<void> {
  const login = new LoginPage(page, baseUrl);
  await login.goto();
  await login.login('xa.camxuyen', 'e2e-pass-123');

  const documents = new DocumentsPage(page, baseUrl);
  await documents.goto();
  await documents.compose();
  const title = 'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025';
  await documents.fillPlan({
    symbol: 'KH-BCĐ',
    title,
    body: 'I. MỤC ĐÍCH, YÊU CẦU\nPhát huy sức mạnh khối đại đoàn kết toàn dân tộc ở khu dân cư.',
    signerPosition: 'Trưởng ban',
    signerName: 'Phạm Văn Thắng',
    recipients: 'Các thôn, tổ dân phố',
  });
  await expectVisible(
    documents.preview.getByText('KẾ HOẠCH', { exact: true }),
    'the type name in the preview',
  );
  await expectVisible(documents.preview.getByText(title, { exact: true }), 'the trích yếu in the preview');

  await documents.saveDraft();
  const number = await documents.issue();
  expectEqual(
    number.endsWith('/KH-BCĐ'),
    true,
    `the issued number ${JSON.stringify(number)} ending "/KH-BCĐ"`,
  );
  await expectVisible(documents.preview.getByText(`Số: ${number}`), 'the number in the frozen preview');

  const { filename, head } = await documents.downloadDocx();
  expectContains(filename.slice(-5), '.docx', 'the downloaded file name');
  expectEqual(head, 'PK', 'the first bytes of the DOCX');
}
