import { useCallback, useRef } from 'react';
import { useStrings } from '../../i18n/StringsContext';
import type { FileBarProps, FileBarState } from './FileBar.types';

export function useFileBar({ onOpen, ...props }: FileBarProps): FileBarState {
  const { strings } = useStrings();
  const input = useRef<HTMLInputElement>(null);
  const choose = useCallback(() => input.current?.click(), []);
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
