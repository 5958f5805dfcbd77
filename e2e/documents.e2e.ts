import { DocumentsPage } from './pages/documents-page';
import { LoginPage } from './pages/login-page';
import { expect, test } from './fixtures';

test('a commune officer composes a Kế hoạch, sees it laid out, saves, issues it and downloads the DOCX', async ({
  page,
  baseUrl,
}) => {
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
  await expect(
    documents.preview.getByText('KẾ HOẠCH', { exact: true }).first(),
    'the type name in the preview',
  ).toBeVisible();
  await expect(
    documents.preview.getByText(title, { exact: true }).first(),
    'the trích yếu in the preview',
  ).toBeVisible();

  await documents.saveDraft();
  const number = await documents.issue();
  expect(number.endsWith('/KH-BCĐ'), `the issued number ${JSON.stringify(number)} ending "/KH-BCĐ"`).toBe(
    true,
  );
  await expect(
    documents.preview.getByText(`Số: ${number}`).first(),
    'the number in the frozen preview',
  ).toBeVisible();

  const { filename, head } = await documents.downloadDocx();
  expect(filename.slice(-5), 'the downloaded file name').toContain('.docx');
  expect(head, 'the first bytes of the DOCX').toBe('PK');
});
