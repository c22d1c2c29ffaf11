package cn.kaichuang.cohort;

/** Where a cohort meets; the coordinates (WGS-84) anchor the check-in geofence. */
public record Venue(String address, double latitude, double longitude) {

    public Venue {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("Venue coordinates out of range");
        }
    }
}
