import type { Choice, ItemType, Scale } from '../questionnaire/types';
import type { ChoiceList } from './read-choices';

/** The choice `or_other` adds, as pyxform does. */
export const OTHER: Choice = { name: 'other', label: { en: 'Other', fr: 'Autre' } };

/** One scale per list (and per type of item taking no choice), shared by the items that use it. */
export class FormScales {
  private readonly scales = new Map<string, Scale>();

  /** A list's choices, each reported; with `or_other`, the "other" choice after them. */
  ofList(list: ChoiceList, orOther: boolean): Scale {
    const addOther = orOther && !list.choices.some((c) => c.name === OTHER.name);
    return addOther ? this.scale('list', `${list.name}_or_other`, [...list.choices, OTHER]) : this.scale('list', list.name, list.choices);
  }

  ofType(type: ItemType): Scale {
    return this.scale('type', type, []);
  }

  private scale(of: 'list' | 'type', id: string, choices: readonly Choice[]): Scale {
    const key = `${of} ${id}`;
    let scale = this.scales.get(key);
    if (!scale) {
      scale = { id, choices, reported: choices.map((c) => ({ answer: c.name, counts: [c.name] })) };
      this.scales.set(key, scale);
    }
    return scale;
  }
}
