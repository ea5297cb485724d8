import { useMemo } from 'react';
import { normaliseUnitName } from '../../../domain/notice/unit-name';
import { useUnits } from '../units/use-units.query';

export interface UnitDirectory {
  /** directory names, for the unit pickers' options */
  names: string[];
  /** whether the name (as typed or read) is already a unit, compared the way the server compares */
  isKnown: (name: string) => boolean;
  isLoading: boolean;
}

/**
 * The units directory as the import compares against it: names normalised like the server does (no
 * whitespace, full-width parentheses, half-width digits and letters), so an unknown name is a 新单位.
 */
export function useUnitDirectory(): UnitDirectory {
  const units = useUnits();
  return useMemo(() => {
    const names = (units.data?.items ?? []).map((unit) => unit.name);
    const known = new Set(names.map(normaliseUnitName));
    return { names, isKnown: (name: string) => known.has(normaliseUnitName(name)), isLoading: units.isPending };
  }, [units.data, units.isPending]);
}

/** Units as the clerk typed them, each normalised once, empty ones dropped. */
export function cleanUnitNames(names: string[]): string[] {
  const cleaned = names.map(normaliseUnitName).filter((name) => name !== '');
  return cleaned.filter((name, index) => cleaned.indexOf(name) === index);
}
