// Before each test file: Nest's static logger prints only warnings and errors, as the apps
// do at LOG_LEVEL=warn. Without it, what runs outside an app (a test database's migrations,
// a repository used on its own) logs at every level, thousands of lines a CI run. An app a
// test starts sets its own levels (NestFactory's logger option), as before.
import { Logger } from '@nestjs/common';

Logger.overrideLogger(['error', 'warn']);
