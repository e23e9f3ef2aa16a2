#pragma once

// Start-up of the GUI: command line (--db, --lang, --screenshot, --view), language, database, main window.
namespace GuiApplication {

int run(int argc, char *argv[]);

} // namespace GuiApplication
