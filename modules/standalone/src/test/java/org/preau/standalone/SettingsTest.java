package org.preau.standalone;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class SettingsTest {

	@Test
	public void givenDataAfterTheCommand_thenItChoosesTheDataFolderAndTheCommandKeepsTheRest()
		throws Exception {

		Settings settings = Settings.parse(
			new String[] {
				"search", "--name", "dup", "--data", _folder.toString(),
				"--profile", "pupil"
			},
			Map.of());

		Assertions.assertEquals(_folder.toAbsolutePath(), settings.dataDir());
		Assertions.assertEquals(
			List.of("search", "--name", "dup", "--profile", "pupil"),
			settings.command());
	}

	@Test
	public void givenDataBeforeTheCommand_thenTheSame() throws Exception {
		Settings settings = Settings.parse(
			new String[] {"--data", _folder.toString(), "status"}, Map.of());

		Assertions.assertEquals(_folder.toAbsolutePath(), settings.dataDir());
		Assertions.assertEquals(List.of("status"), settings.command());
	}

	@Test
	public void givenDataWithoutAFolder_thenRefused() {
		IllegalArgumentException illegalArgumentException =
			Assertions.assertThrows(
				IllegalArgumentException.class,
				() -> Settings.parse(
					new String[] {"search", "--data"}, Map.of()));

		Assertions.assertEquals(
			"--data needs a value", illegalArgumentException.getMessage());
	}

	@Test
	public void givenTheVariableAndTheOption_thenTheOptionWins()
		throws Exception {

		Settings settings = Settings.parse(
			new String[] {"status", "--data", _folder.toString()},
			Map.of("PREAU_DATA", "/elsewhere"));

		Assertions.assertEquals(_folder.toAbsolutePath(), settings.dataDir());
	}

	@TempDir
	private Path _folder;

}
