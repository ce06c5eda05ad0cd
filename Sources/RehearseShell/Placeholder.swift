import CEditLine
enum ShellModule {}
