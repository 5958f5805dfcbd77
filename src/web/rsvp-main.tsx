import './public-styles';
import { pathParam, startRead } from './early-read';

// rsvp.html, sent for /moi/$token: a delegate's personal link on a phone. This entry is tiny: it asks for the giấy
// mời at once, then runs the page (rsvp-app.tsx), whose chunks the HTML has been downloading meanwhile.
const token = pathParam(/^\/moi\/([^/]+)\/?$/, window.location.pathname);
if (token !== null) startRead(`/api/rsvp/${encodeURIComponent(token)}`);
void import('./rsvp-app').then(({ mountRsvp }) => mountRsvp(token));
