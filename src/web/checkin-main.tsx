import './public-styles';
import { pathParam, startRead } from './early-read';

// checkin.html, sent for /diem-danh/$id: the staff's phone at a bridge point. This entry is tiny: it asks for the
// account, the conference and its counts at once, then runs the page (checkin-app.tsx), whose chunks the HTML has
// been downloading meanwhile.
const id = Number(pathParam(/^\/diem-danh\/([^/]+)\/?$/, window.location.pathname));
const valid = Number.isInteger(id) && id > 0;
if (valid)
  for (const path of ['/api/me', `/api/conferences/${id}`, `/api/conferences/${id}/attendance`])
    startRead(path);
void import('./checkin-app').then(({ mountCheckin }) => mountCheckin(valid ? id : null));
