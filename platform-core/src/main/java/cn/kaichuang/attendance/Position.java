package cn.kaichuang.attendance;

/** Where the phone says it is (WGS-84) and how sure it is, in metres. */
public record Position(double latitude, double longitude, double accuracyMeters) {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    /** Great-circle (haversine) distance in metres. */
    public double distanceTo(double latitude, double longitude) {
        double dLat = Math.toRadians(latitude - this.latitude);
        double dLon = Math.toRadians(longitude - this.longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(this.latitude))
                * Math.cos(Math.toRadians(latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    public boolean valid() {
        return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180
                && accuracyMeters >= 0 && Double.isFinite(accuracyMeters);
    }
}
