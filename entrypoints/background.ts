import { registerImageAnalysis } from '@/lib/images/browser/background';

export default defineBackground(() => {
  // Wiring is added by the composer, popup and image issues.
  registerImageAnalysis();
});
