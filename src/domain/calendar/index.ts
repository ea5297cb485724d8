/** Calendar rules of the weekly rhythm: ISO weeks in Asia/Shanghai and their deadlines. */
export * from './iso-week';
export * from './deadlines';
export * from './plan-as-of';
