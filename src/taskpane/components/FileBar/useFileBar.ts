import { useCallback, useRef } from 'react';
import { useStrings } from '../../i18n/StringsContext';
import type { FileBarProps, FileBarState } from './FileBar.types';

export function useFileBar({ onOpen, ...props }: FileBarProps): FileBarState {
  const { strings } = useStrings();
  const input = useRef<HTMLInputElement>(null);
  const unsaved = props.file?.unsaved === true;
  // Asked as the button is pressed, before the file dialog: another workbook would take the place of this one.
  const choose = useCallback(() => {
    if (unsaved && !window.confirm(strings.file.leaveUnsaved)) return;
    input.current?.click();
  }, [unsaved, strings]);
  const chosen = useCallback(
    (files: FileList | null) => {
      const file = files?.[0];
      if (file) onOpen(file);
      // Choosing the same file again, once fixed elsewhere, must open it again.
      if (input.current) input.current.value = '';
    },
    [onOpen],
  );
  return { ...props, strings: strings.file, input, choose, chosen };
}
