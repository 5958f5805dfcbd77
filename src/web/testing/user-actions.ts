import { screen, type BoundFunctions, type queries } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * What a user does to attach files: click the button, pick the files in the browser's dialog. The dialog is the file
 * input the click opens; a button that opens none fails the test.
 */
export async function chooseFiles(user: UserEvent, button: HTMLElement, files: File | File[]): Promise<void> {
  let picker: HTMLInputElement | null = null;
  const spot = (event: Event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') {
      picker = event.target;
      event.preventDefault();
    }
  };
  document.addEventListener('click', spot, true);
  try {
    await user.click(button);
  } finally {
    document.removeEventListener('click', spot, true);
  }
  if (!picker) throw new Error('the button opened no file dialog');
  await user.upload(picker, files);
}

/** Opens a Mantine Select (or Autocomplete) by its label and clicks one of its options. */
export async function chooseOption(
  user: UserEvent,
  within: Pick<BoundFunctions<typeof queries>, 'getByLabelText'>,
  label: string,
  option: string,
): Promise<void> {
  await user.click(within.getByLabelText(label, { selector: 'input' }));
  await user.click(await screen.findByRole('option', { name: option }));
}
