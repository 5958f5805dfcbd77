import { z } from 'zod';
import { AbsenceBody } from '../../../contracts/conferences';

// Loaded when a reason of absence is sent, so that the check-in phone's first load has no zod. Its entry
// (checkin.html) does not set zod up as main.tsx does: the reason's check speaks Vietnamese here too.
z.config(z.locales.vi());

export { AbsenceBody };
