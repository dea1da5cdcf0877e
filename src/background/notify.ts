// Shows a notification in any browser. Chrome and Edge take buttons and requireInteraction; Firefox
// rejects a notification that has either. Tried as asked first; if the browser refuses, shown again
// without those two options, so the agent still sees the reminder (a click still opens the ticket).
type Options = chrome.notifications.NotificationCreateOptions;

export interface NotificationsApi {
  create(id: string, options: Options): Promise<string>;
}

const CHROME_ONLY: (keyof Options)[] = ['buttons', 'requireInteraction'];

export async function showNotification(
  id: string,
  options: Options,
  api: NotificationsApi = chrome.notifications as unknown as NotificationsApi,
): Promise<void> {
  try {
    await api.create(id, options);
  } catch (error) {
    if (!CHROME_ONLY.some((key) => key in options)) throw error;
    const plain = { ...options };
    for (const key of CHROME_ONLY) delete plain[key];
    await api.create(id, plain);
  }
}
