import { registerTabStatusHandlers } from '@/lib/content/toolbar';

export default defineBackground(() => {
  registerTabStatusHandlers();
});
