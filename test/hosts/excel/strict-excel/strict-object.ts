import { excelApiVersion, excelClass, type ExcelClass, type MemberSets } from './api-sets';
import type { StrictContext } from './context';
import { apiNotFound, propertyNotLoaded, richApiError } from './errors';

/** The double's objects stand in for Office.js types; the casts are at the boundary only. */
export const asExcel = <T>(value: unknown): T => value as T;

/** The object behind each strict object's proxy: the double's own helpers are called on it, never through the proxy. */
const behind = new WeakMap<object, object>();

/** The double's object behind an Office.js-facing proxy (or the object itself). */
export function unwrapped<T>(value: T): T {
  return (typeof value === 'object' && value !== null ? (behind.get(value) as T | undefined) : undefined) ?? value;
}

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
 *
 * `kind` is the Office.js class. What the host gets is a JS Proxy over the object that looks up every
 * member it reads, assigns, calls or loads in that class's ExcelApi sets (api-sets.ts): one newer than
 * the Excel stood in for fails the request at `sync()` with ApiNotFound, as an older Excel does.
 */
export abstract class StrictObject<T> {
  private resolved = false;
  private found: T | null = null;
  private readonly loaded = new Map<string, unknown>();
  private readonly excel: ExcelClass;

  constructor(
    protected readonly context: StrictContext,
    protected readonly kind: string,
    private readonly source: Source<T>,
    /** What the queued method call carries in the request (its arguments' values), for the meter. */
    data?: unknown,
  ) {
    this.excel = excelClass(kind);
    if ('target' in source) this.settle(source.target);
    else if (source.queued) context.enqueue(typeof source.queued === 'string' ? source.queued : `${kind}.get`, () => void this.targetOrNull(), data);
    return this.guarded();
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
    properties.forEach((property) => this.requireLoadable(property));
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

  /**
   * The Office.js face of the object. The double's own code runs on the object itself (methods and
   * accessors are called with it as `this`), so that only what the host, or a test, asks passes here.
   */
  private guarded(): this {
    const proxy: this = new Proxy(this, {
      get: (target, name) => {
        if (typeof name === 'string') target.requireMember(name, 'get');
        const value: unknown = Reflect.get(target, name);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const result: unknown = value.apply(target, args);
          return result === target ? proxy : result;
        };
      },
      set: (target, name, value) => {
        if (typeof name === 'string') target.requireMember(name, 'set');
        return Reflect.set(target, name, value);
      },
    });
    behind.set(proxy, this);
    return proxy;
  }

  /**
   * Queues an ApiNotFound failure for a member of a set newer than the Excel's. A name the typings do not
   * give the class passes only if the double does not have it either (a probe such as `then`): the
   * double must not answer for a member the table cannot vouch for.
   */
  private requireMember(name: string, access: keyof MemberSets, kind = this.kind): void {
    const sets = excelClass(kind).members.get(name);
    if (sets === undefined) {
      if (name in this && !(name in Object.prototype)) throw new Error(`The strict double has ${kind}.${name}, which Office.js has not`);
      return;
    }
    const version = excelApiVersion(sets[access]);
    if (version !== undefined && this.context.supports(version)) return;
    this.context.enqueue(`${kind}.${name}${access === 'set' ? '=' : ''}`, () => {
      throw apiNotFound(`${kind}.${name}`, sets[access]);
    });
  }

  /** A property named to `load`: the object's own, or its items' (`items/name`, on a collection). */
  private requireLoadable(property: string): void {
    const item = /^items\/(\w+)$/.exec(property)?.[1];
    const [kind, name] = item !== undefined && this.excel.items !== undefined ? [this.excel.items, item] : [this.kind, property];
    if (!excelClass(kind).members.has(name)) throw new Error(`${this.kind}.load: Office.js has no ${kind}.${name}`);
    this.requireMember(name, 'get', kind);
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
        const value = unwrapped(item).propertyOf(models[i], name);
        unwrapped(item).seed(name, value);
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
