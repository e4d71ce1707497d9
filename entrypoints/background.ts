import { registerTabStatusHandlers } from '@/lib/content/toolbar';
import { registerImageAnalysis } from '@/lib/images/browser/background';

export default defineBackground(() => {
  registerTabStatusHandlers();
  registerImageAnalysis();
});
