import { m } from '$lib/i18n/nl';

/** The Dutch label per meeting field, for the error summary at the top of a form. */
export const meetingFieldLabels: Record<string, string> = { ...m.netwerk.meetings.fields };
