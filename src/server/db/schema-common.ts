/** Business dates are 'YYYY-MM-DD' text; timestamps ISO-8601 UTC text; booleans 0/1 integers (both dialects). */
export type Timestamp = string;
export type Flag = number;
