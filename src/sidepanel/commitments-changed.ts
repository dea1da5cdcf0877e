import { tellWorker } from '../shared/send';

/** Tells the worker to re-plan reminders; it also does so on its own schedule, so a miss is harmless. */
export function commitmentsChanged(): void {
  tellWorker({ type: 'panel/commitments-changed' });
}
