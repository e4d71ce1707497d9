import { registerTabStatusHandlers } from '@/lib/content/toolbar';
import { registerImageAnalysis } from '@/lib/images/browser/background';
import { ensureSalt } from '@/lib/requests/salt';

export default defineBackground(() => {
  registerTabStatusHandlers();
  registerImageAnalysis();
  ensureSalt().catch(() => undefined);
});
