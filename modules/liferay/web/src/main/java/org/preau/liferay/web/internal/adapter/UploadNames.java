package org.preau.liferay.web.internal.adapter;

import java.util.regex.Pattern;

/**
 * The name a file sent by a browser is kept under: its base name, without path separators or characters a file
 * system may refuse, so that it cannot leave the folder it is written into. The extension is kept, since the readers
 * recognise a feed by its name.
 */
public class UploadNames {

	public static String safeName(String fileName) {
		String name = (fileName == null) ? "" : fileName;

		int index = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));

		name = _UNSAFE.matcher(
			name.substring(index + 1)
		).replaceAll(
			"_"
		);

		if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
			return "upload";
		}

		return name;
	}

	private UploadNames() {
	}

	private static final Pattern _UNSAFE = Pattern.compile(
		"[^\\p{L}\\p{N}._ -]");

}
