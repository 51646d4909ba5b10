import type { ScreenFrameProps, ScreenFrameState } from './ScreenFrame.types';

export function useScreenFrame({ as = 'section', writtenLayout = 'multiline', ...slots }: ScreenFrameProps): ScreenFrameState {
  return { ...slots, as, writtenLayout };
}
