package org.preau.web.imports;

import java.util.List;
import java.util.Optional;

import org.preau.core.directory.model.Uai;
import org.preau.core.imports.job.ImportJobInput;
import org.preau.web.http.Upload;

/**
 * What the host can import in the background: the files sent with the form, and the establishment's drop folder
 * where the host has one.
 */
public interface ImportInputs {

	/**
	 * The files of the establishment's folder in the drop folder; empty if the host has no drop folder.
	 */
	Optional<ImportJobInput> dropFolder(Uai uai);

	/**
	 * Whether the host has a drop folder, so that the page offers to import it.
	 */
	boolean hasDropFolder();

	/**
	 * Whether the host keeps finished jobs' reports as JSON at {@link ImportRoutes#REPORT}.
	 */
	boolean keepsJsonReports();

	/**
	 * Files sent with the form; the input copies them when the job is staged, since they vanish with the request.
	 */
	ImportJobInput uploads(List<Upload> uploads);

}
