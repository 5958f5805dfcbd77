import { z } from 'zod';
import { RsvpBody } from '../../../contracts/conferences';

// Loaded when an answer is sent, so that the giấy mời's first load has no zod. Its entry (rsvp.html) does not set
// zod up as main.tsx does: the answer's check speaks Vietnamese here too.
z.config(z.locales.vi());

export { RsvpBody };
