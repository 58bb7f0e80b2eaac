// The browser's time zone (an IANA id such as "Europe/Berlin"), read once per circuit so times show in the reader's zone.
export function timeZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
}
