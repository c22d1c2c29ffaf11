package cn.kaichuang.backup;

import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Exports one institution to an archive and imports an archive as a new institution. Personal
 * data stays encrypted as stored, so the importing platform needs the same keys.
 */
public interface TenantArchives {

    /** Writes the archive (a zip) to {@code out} from one consistent snapshot; does not close it. */
    ArchiveManifest export(TenantCode code, OutputStream out);

    /**
     * Checks every part of the archive against its manifest without changing anything.
     *
     * @throws ArchiveRejectedException if the archive is unreadable, incomplete or altered
     */
    ArchiveManifest verify(Path archive);

    /**
     * Restores the archive as institution {@code as} (default: the code it was exported from),
     * provisioned like any new institution. Either all of it arrives or nothing is left behind.
     */
    Restored importArchive(Path archive, Optional<TenantCode> as);

    /** The institution an import made, and the manifest of the archive it came from. */
    record Restored(Tenant tenant, ArchiveManifest manifest) {
    }
}
