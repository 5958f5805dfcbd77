/** The bottom of a plan (NĐ 30, items 7 and 9b): Nơi nhận and the signature block. */
import type { ImportWarning, PlanLine } from './plan-draft';
import { fold, isUpperText, readLabel } from './line-kinds';

export interface Closing {
  recipients: string[];
  signer: { authority: string | null; delegation: string | null; position: string; name: string };
  /** Index in the lines where the body ends. */
  bodyEnd: number;
}

const SIGNER_MARK = /^(?:TM|KT|TL|TUQ|Q)\.\s*/u;
const SIGNATURE_NOTE =
  /^[([]?\s*(?:đã ký|ký(?:,| và)? (?:ghi rõ|đóng dấu)[^)\]]*|ký tên[^)\]]*|daky|chữ ký số)\s*[)\]]?$/iu;

function isSignerLine(text: string): boolean {
  if (SIGNER_MARK.test(text)) return true;
  return isUpperText(text) && text.length <= 90 && readLabel(text) === null && !/[;:]$/.test(text);
}

/** "Lại Văn Thơm": 2 to 6 capitalised words, no digits. */
function isPersonName(text: string): boolean {
  return /^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,5}$/u.test(text);
}

export function readClosing(lines: PlanLine[], warnings: ImportWarning[]): Closing {
  let noiNhan = -1;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 80; i--) {
    if (/^noi nhan\b/.test(fold(lines[i]!.text))) {
      noiNhan = i;
      break;
    }
  }
  const recipients: string[] = [];
  const signerLines: PlanLine[] = [];
  let bodyEnd = lines.length;
  if (noiNhan >= 0) {
    bodyEnd = noiNhan;
    let i = noiNhan + 1;
    for (; i < lines.length; i++) {
      const text = lines[i]!.text;
      const key = fold(text);
      if (/^[-–+•]/.test(text) || /^luu\b/.test(key))
        recipients.push(text.replace(/^[-–+•]\s*/, '').slice(0, 300));
      else if (
        recipients.length > 0 &&
        /^\p{Ll}/u.test(text) &&
        !/[;.]$/.test(recipients[recipients.length - 1]!)
      )
        recipients[recipients.length - 1] += ` ${text}`;
      else if (isSignerLine(text) || isPersonName(text) || SIGNATURE_NOTE.test(text))
        signerLines.push(lines[i]!);
      else if (recipients.length > 0 && !/[;.]$/.test(recipients[recipients.length - 1]!))
        // "- Ban Thường vụ Huyện ủy, Thường trực" + "HĐND huyện (b/c);": the entry had not ended.
        recipients[recipients.length - 1] += ` ${text}`;
      else
        warnings.push({
          line: lines[i]!.line,
          message: `Dòng cuối văn bản không rõ là nơi nhận hay chữ ký: “${text.slice(0, 60)}”.`,
        });
    }
    // A signature block read before the Nơi nhận column ends the body too.
    let j = noiNhan - 1;
    while (j >= 0 && (isSignerLine(lines[j]!.text) || (j === noiNhan - 1 && isPersonName(lines[j]!.text))))
      j--;
    if (j < noiNhan - 1 && j >= 0 && /(?:\.\/\.?|[.!])\s*$/.test(lines[j]!.text)) {
      signerLines.unshift(...lines.slice(j + 1, noiNhan));
      bodyEnd = j + 1;
    }
  } else {
    let j = lines.length - 1;
    if (j >= 0 && isPersonName(lines[j]!.text)) j--;
    while (j >= 0 && (isSignerLine(lines[j]!.text) || SIGNATURE_NOTE.test(lines[j]!.text))) j--;
    if (j < lines.length - 1) {
      signerLines.push(...lines.slice(j + 1));
      bodyEnd = j + 1;
    }
  }
  return {
    recipients,
    signer: readSigner(signerLines, warnings, lines[lines.length - 1]?.line ?? 1),
    bodyEnd,
  };
}

function readSigner(lines: PlanLine[], warnings: ImportWarning[], lastLine: number): Closing['signer'] {
  const signer: Closing['signer'] = { authority: null, delegation: null, position: '', name: '' };
  const positions: string[] = [];
  for (const l of lines) {
    const text = l.text;
    if (SIGNATURE_NOTE.test(text)) continue;
    const mark = /^(TM|KT|TL|TUQ|Q)\./u.exec(text)?.[1];
    if (mark === 'TM' || mark === 'TL' || mark === 'TUQ') signer.authority = text.slice(0, 200);
    else if (mark === 'KT' || mark === 'Q') signer.delegation = text.slice(0, 200);
    else if (isUpperText(text)) positions.push(text);
    else if (isPersonName(text)) signer.name = text.slice(0, 120);
  }
  // NĐ 30: an advisory body's head signs with both titles ("TRƯỞNG BAN" over "CHỦ TỊCH UBND XÃ").
  signer.position = positions.join('\n').slice(0, 200);
  const at = lines[0]?.line ?? lastLine;
  if (signer.position === '')
    warnings.push({ line: at, message: 'Không thấy chức vụ người ký; cần nhập tay.' });
  if (signer.name === '') warnings.push({ line: at, message: 'Không thấy họ tên người ký; cần nhập tay.' });
  return signer;
}
