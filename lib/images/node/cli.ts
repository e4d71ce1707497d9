/** `check --image`: implemented by the image-analysis work (issue 5). */
export async function runImageCli(_argv: string[]): Promise<number> {
  process.stderr.write('Image analysis is not available in this build yet.\n');
  return 2;
}
