// Worker thread of the preview server: runs and renders the plans it shows (preview-run.ts), so that a
// long plan (a 300-page plan takes seconds) never holds up the server's other requests, and a plan
// that runs out of the thread's heap limit ends this thread, not the server.

import { serveJobs } from "../edge/job-worker.js";
import { type PreviewJob, runPreview } from "./preview-run.js";

serveJobs((job: PreviewJob) => runPreview(job));
