/** The user stopped the piece of work: nothing to report, nothing was written. */
export class WorkCancelled extends Error {
  constructor() {
    super('The work was cancelled');
    this.name = 'WorkCancelled';
  }
}
