import exifr from 'exifr';

export interface PhotoLocation {
  lat: number;
  lng: number;
  source: 'exif' | 'device';
}

const valid = (lat: unknown, lng: unknown): lat is number =>
  typeof lat === 'number' &&
  typeof lng === 'number' &&
  Number.isFinite(lat) &&
  Number.isFinite(lng) &&
  Math.abs(lat) <= 90 &&
  Math.abs(lng) <= 180 &&
  !(lat === 0 && lng === 0);

/**
 * Where a photo was taken: the GPS in its EXIF (read with exifr) when the camera wrote it, else the position the
 * browser gave when it sent the photo, else unknown. Phones often strip EXIF GPS from uploads, hence the fallback.
 */
export async function locatePhoto(data: Buffer, device: { lat?: number; lng?: number }): Promise<PhotoLocation | null> {
  try {
    const gps = await exifr.gps(data);
    if (gps && valid(gps.latitude, gps.longitude)) return { lat: round(gps.latitude), lng: round(gps.longitude), source: 'exif' };
  } catch {
    // no EXIF or unreadable EXIF: the photo itself was already checked by storeUpload
  }
  if (valid(device.lat, device.lng)) return { lat: round(device.lat), lng: round(device.lng as number), source: 'device' };
  return null;
}

/** Six decimals (about 0.1 m) are more than a phone's accuracy. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;
