/** Shapes of the working-day calendar routes (GET/PUT/DELETE /workdays). */

/** A statutory holiday period; dates 'YYYY-MM-DD', both inclusive. */
export interface HolidayPeriod {
  name: string;
  start: string;
  end: string;
}

export interface WorkdayYear {
  year: number;
  /** 'shipped': released with the software; 'edited': an admin's copy in the database */
  source: 'shipped' | 'edited';
  /** whether the software ships a schedule for the year (so 恢复内置 goes back to it) */
  hasShipped: boolean;
  holidays: HolidayPeriod[];
  /** weekend dates that are working days (调休上班) */
  workdays: string[];
  /** 0 while shipped; sent back with PUT */
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface WorkdayScheduleInput {
  holidays: HolidayPeriod[];
  workdays: string[];
  version: number;
}
