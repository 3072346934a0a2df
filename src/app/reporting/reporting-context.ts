import type { Clock } from '../clock.ts';
import type { KeyValueStore } from '../storage.ts';
import type { QueueStatus } from './xapi/statement-queue.ts';
import type { XapiResolution } from './xapi/xapi-config.ts';

/** What every reporter is set up with: its own module, so the reporters need not import the code that sets them up. */
export interface ReportingContext {
  readonly win: Window;
  readonly store: KeyValueStore;
  readonly clock: Clock;
  /** Statements wait for the LRS (or flow again): the game shows or hides a discreet notice. */
  readonly onXapiStatus?: (status: QueueStatus) => void;
  /** An LRS is configured (with this class code, if any): the trainee is told what is sent. */
  readonly onXapiActive?: (classCode: string | undefined) => void;
  /** The LMS can no longer keep the whole resume state (SCORM 1.2's 4096 characters): the player is told. */
  readonly onLmsFull?: () => void;
  /** The link and config file are read: an LRS is on, off, or refused (a link to another endpoint without its own key). */
  readonly onXapiResolved?: (resolution: XapiResolution) => void;
  /** A cmi5 launch turned out unusable after the title showed (the LMS refused or could not be reached). */
  readonly onLmsUnavailable?: () => void;
}
