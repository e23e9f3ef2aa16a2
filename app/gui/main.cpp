#include "guiapplication.h"

int main(int argc, char *argv[])
{
    return GuiApplication::run(argc, argv);
}
