import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpCapture, type SmtpCapture } from '../testing/smtp-capture';
import { loadConfig } from './config';
import { createMailer } from './mail';

describe('mailer', () => {
  let capture: SmtpCapture;

  beforeAll(async () => {
    capture = await startSmtpCapture();
  });
  afterAll(async () => {
    await capture.close();
  });

  it('delivers a Vietnamese subject and body with every diacritic intact', async () => {
    const mailer = createMailer({
      smtpUrl: capture.url,
      mailFrom: 'PhongTrao <khong-tra-loi@phongtrao.local>',
    });
    const subject = 'Nhắc việc: Quý I năm 2023 — hạn chót';
    const text =
      'Kính gửi đồng chí Nguyễn Thị Hường,\n\nNhiệm vụ “Tổng kết phong trào thi đua” của Ủy ban nhân dân xã ' +
      'Yên Thế đến hạn chót ngày 31/03/2023.\nTrân trọng.';
    const { messageId } = await mailer.send({ to: 'can-bo@xa-yen-the.vn', subject, text });
    expect(messageId).toMatch(/^<.+>$/);

    const mail = await capture.waitFor((m) => m.to.includes('can-bo@xa-yen-the.vn'));
    expect(mail).toMatchObject({ from: 'khong-tra-loi@phongtrao.local', subject, text, html: null });
    mailer.close();
  });

  it('sends the HTML alternative when one is given', async () => {
    const mailer = createMailer({
      smtpUrl: capture.url,
      mailFrom: 'PhongTrao <khong-tra-loi@phongtrao.local>',
    });
    await mailer.send({
      to: ['a@phongtrao.local', 'b@phongtrao.local'],
      subject: 'Giấy mời hội nghị',
      text: 'Trân trọng kính mời.',
      html: '<p>Trân trọng <b>kính mời</b>.</p>',
    });
    const mail = await capture.waitFor((m) => m.subject === 'Giấy mời hội nghị');
    expect(mail.to).toEqual(['a@phongtrao.local', 'b@phongtrao.local']);
    expect(mail.html).toContain('<b>kính mời</b>');
    mailer.close();
  });

  it('is disabled without SMTP_URL and says so when asked to send', async () => {
    const mailer = createMailer(loadConfig({}));
    expect(mailer.enabled).toBe(false);
    await expect(mailer.send({ to: 'a@phongtrao.local', subject: 'x', text: 'y' })).rejects.toThrow(
      'SMTP chưa được cấu hình',
    );
  });

  it('reads the sender from MAIL_FROM, with a default', () => {
    expect(loadConfig({}).mailFrom).toBe('PhongTrao <khong-tra-loi@phongtrao.local>');
    expect(loadConfig({ MAIL_FROM: 'Sở Nội vụ <thi-dua@sonv.gov.vn>' }).mailFrom).toBe(
      'Sở Nội vụ <thi-dua@sonv.gov.vn>',
    );
  });
});
