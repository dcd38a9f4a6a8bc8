/** Bad input to an import or export: the message names the file (and line) and the reason. */
export class ExchangeError extends Error {
  constructor(where: string, reason: string) {
    super(`${where}: ${reason}`);
    this.name = 'ExchangeError';
  }
}
