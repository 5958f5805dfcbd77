import { tableDate } from '../dates/vn-dates';

export interface HistoryLink {
  fullName: string;
  kind: 'full' | 'partial';
  effectiveDate: string;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
}

/**
 * The sentence a unit page shows about how the unit came to be or where it went, from its succession links.
 * @example historyNote([{fullName:"Xã A",kind:"full",...},{fullName:"Xã B",kind:"partial",...}], [])
 *   === "Thành lập từ ngày 01/07/2025 trên cơ sở sáp nhập toàn bộ Xã A và một phần Xã B."
 */
export function historyNote(predecessors: HistoryLink[], successors: HistoryLink[]): string | null {
  const sentences: string[] = [];
  if (predecessors.length > 0) {
    const date = tableDate(predecessors[0]!.effectiveDate);
    const whole = predecessors.filter((p) => p.kind === 'full').map((p) => p.fullName);
    const part = predecessors.filter((p) => p.kind === 'partial').map((p) => p.fullName);
    if (predecessors.length === 1 && whole.length === 1) {
      sentences.push(`Từ ngày ${date} tổ chức lại trên cơ sở nguyên trạng ${whole[0]}.`);
    } else {
      // "toàn bộ A, B và một phần C": one "và", before the last group.
      const wholeText = part.length > 0 ? whole.join(', ') : joinNames(whole);
      const pieces = [
        whole.length > 0 ? `toàn bộ ${wholeText}` : null,
        part.length > 0 ? `một phần ${joinNames(part)}` : null,
      ];
      sentences.push(
        `Thành lập từ ngày ${date} trên cơ sở sáp nhập ${pieces.filter((x) => x !== null).join(' và ')}.`,
      );
    }
  }
  if (successors.length > 0) {
    const date = tableDate(successors[0]!.effectiveDate);
    const names = joinNames(successors.map((s) => s.fullName));
    sentences.push(
      successors.length === 1 && successors[0]!.kind === 'full'
        ? `Từ ngày ${date} sáp nhập vào ${names}.`
        : `Từ ngày ${date} được chia, sáp nhập vào ${names}.`,
    );
  }
  return sentences.length > 0 ? sentences.join(' ') : null;
}
