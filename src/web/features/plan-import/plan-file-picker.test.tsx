import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../contracts/imports';
import { importVi } from '../../i18n/import.vi';
import { renderPage } from '../../testing/render-page';
import { chooseFiles } from '../../testing/user-actions';
import { fileSize, PlanFilePicker } from './plan-file-picker';

const t = importVi.file;

// No request is made here: a file over the limit is refused before it is sent (the upload itself is the e2e suite's).
describe('the plan file picker', () => {
  it('refuses a file over 20 MB with its size, and sends nothing', async () => {
    const read: File[] = [];
    const { user } = renderPage(<PlanFilePicker onRead={(file) => read.push(file)} />);
    const big = new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], 'ke-hoach.pdf', { type: 'application/pdf' });
    await chooseFiles(user, await screen.findByRole('button', { name: t.pick }), big);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(t.tooLarge(fileSize(big.size)));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(read).toEqual([]);
  });
});
