package org.preau.liferay.web.internal.adapter;

import java.util.List;
import java.util.Optional;

import org.preau.core.directory.model.Uai;
import org.preau.core.imports.job.ImportJobInput;
import org.preau.web.http.Upload;
import org.preau.web.imports.ImportInputs;

/**
 * What the portal imports in the background: the files sent with the imports form. The portal has no drop folder,
 * since a cluster's nodes share no file system Préau could rely on; its reports are kept as JSON in the jobs'
 * background tasks.
 */
public class PortalImportInputs implements ImportInputs {

	public PortalImportInputs(PortalImportJobs portalImportJobs) {
		_portalImportJobs = portalImportJobs;
	}

	@Override
	public Optional<ImportJobInput> dropFolder(Uai uai) {
		return Optional.empty();
	}

	@Override
	public boolean hasDropFolder() {
		return false;
	}

	@Override
	public boolean keepsJsonReports() {
		return true;
	}

	@Override
	public ImportJobInput uploads(List<Upload> uploads) {
		return FeedFiles.uploads(uploads, _portalImportJobs);
	}

	private final PortalImportJobs _portalImportJobs;

}
