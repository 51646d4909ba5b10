import type { StrictContext } from './context';
import { propertyNotLoaded, richApiError } from './errors';

/** The double's objects stand in for Office.js types; the casts are at the boundary only. */
export const asExcel = <T>(value: unknown): T => value as T;

/**
 * Where a proxy's object comes from: a method call, queued like every Office.js command so that
 * its errors (ItemNotFound...) surface at `sync()` (`queued` may name the command, as
 * "TableCollection.add", for tests to fail it); a navigation property, found when a command
 * first needs it; or a collection's item, known when the collection was loaded.
 */
export type Source<T> = { readonly find: () => T | null; readonly queued: boolean | string } | { readonly target: T };

/**
 * A proxy as Office.js has them: commands are queued and run at `context.sync()`; a property may be
 * read only once loaded and synced, else it throws as Office.js does (office-addin-mock returns a
 * string instead); an *OrNullObject proxy tells `isNullObject` only after the sync that resolved it.
 */
export abstract class StrictObject<T> {
  private resolved = false;
  private found: T | null = null;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly context: StrictContext,
    protected readonly kind: string,
    private readonly source: Source<T>,
  ) {
    if ('target' in source) this.settle(source.target);
    else if (source.queued) context.enqueue(typeof source.queued === 'string' ? source.queued : `${kind}.get`, () => void this.targetOrNull());
  }

  get isNullObject(): boolean {
    if (!this.resolved) throw propertyNotLoaded(this.kind, 'isNullObject');
    return this.found === null;
  }

  /** What a collection's load tells each of its items. */
  seed(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  /** The value `load` takes for a property; the double knows only the properties the host uses. */
  abstract propertyOf(target: T, property: string): unknown;

  protected queueLoad(names: unknown): void {
    if (typeof names !== 'string' && !Array.isArray(names)) throw new Error(`${this.kind}.load: the strict double takes property names only`);
    const properties = (Array.isArray(names) ? names : names.split(',')).map((name: string) => name.trim()).filter(Boolean);
    if (properties.length === 0) throw new Error(`${this.kind}.load: name the properties to load`);
    this.context.enqueue(`${this.kind}.load`, () => this.loadNow(properties));
  }

  /** Runs a load: records the values and returns the bytes the response carries. */
  protected loadNow(properties: readonly string[]): number {
    const target = this.targetOrNull();
    return properties.reduce((bytes, property) => {
      const value = target === null ? null : this.propertyOf(target, property);
      this.loaded.set(property, value);
      return bytes + JSON.stringify(value ?? null).length;
    }, 0);
  }

  protected property<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.kind, name);
    return this.loaded.get(name) as V;
  }

  /** Queues setting a property; `data` is what the request carries. */
  protected assign(name: string, value: unknown, apply: (target: T) => void): void {
    this.context.enqueue(`${this.kind}.${name}=`, () => apply(this.target()), value);
  }

  protected command(name: string, apply: (target: T) => void, data?: unknown): void {
    this.context.enqueue(`${this.kind}.${name}`, () => apply(this.target()), data);
  }

  /** The object, inside a running command; a null object refuses every command. */
  protected target(): T {
    const target = this.targetOrNull();
    if (target === null) throw richApiError('InvalidOperation', `${this.kind} is a null object.`);
    return target;
  }

  protected unsupported(property: string): never {
    throw new Error(`The strict double does not load ${this.kind}.${property}`);
  }

  private targetOrNull(): T | null {
    if (!this.resolved) this.settle('find' in this.source ? this.source.find() : this.source.target);
    return this.found;
  }

  private settle(target: T | null): void {
    this.found = target;
    this.resolved = true;
  }
}

/** A collection's object: its items as they are when a command runs. */
export type Lister<M> = () => readonly M[];

/** A collection: loading `items/<property>` loads those properties of every item. */
export abstract class StrictCollection<M, I extends StrictObject<M>> extends StrictObject<Lister<M>> {
  protected abstract item(model: M): I;

  propertyOf(): unknown {
    return this.unsupported('anything but items/…');
  }

  protected override loadNow(properties: readonly string[]): number {
    const names = properties.map((property) => /^items\/(\w+)$/.exec(property)?.[1] ?? this.unsupported(property));
    const models = this.target()();
    const items = models.map((model) => this.item(model));
    let bytes = 0;
    items.forEach((item, i) =>
      names.forEach((name) => {
        const value = item.propertyOf(models[i], name);
        item.seed(name, value);
        bytes += JSON.stringify(value ?? null).length;
      }),
    );
    this.seed('items', items);
    return bytes;
  }

  protected loadedItems(): I[] {
    return this.property<I[]>('items');
  }
}
