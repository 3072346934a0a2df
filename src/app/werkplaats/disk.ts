/** Reading and writing the casus on the trainer's own disk: nothing leaves the browser. */

interface SaveFilePicker {
  showSaveFilePicker(options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }): Promise<{
    createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
    readonly name: string;
  }>;
}

const hasPicker = (win: Window): win is Window & SaveFilePicker =>
  typeof (win as Partial<SaveFilePicker>).showSaveFilePicker === 'function';

/**
 * Saves `text` as a YAML file: with the File System Access API where the browser has it (the trainer picks the
 * place), else as a download. The name written to, or null when the trainer cancelled the picker.
 */
export async function saveToDisk(text: string, suggestedName: string, win: Window = window): Promise<string | null> {
  const blob = new Blob([text], { type: 'text/yaml' });
  if (hasPicker(win)) {
    try {
      const handle = await win.showSaveFilePicker({
        suggestedName,
        types: [{ description: 'YAML', accept: { 'text/yaml': ['.yaml', '.yml'] } }],
      });
      const writable = await handle.createWritable();
      await writable.write(blob);
      await writable.close();
      return handle.name;
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return null;
      // A picker the page may not use (a frame, a policy): fall back to a download.
    }
  }
  const url = URL.createObjectURL(blob);
  const link = win.document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.hidden = true;
  win.document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return suggestedName;
}
