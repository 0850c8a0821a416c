import Glibc

exit(Nianbao.main(Array(CommandLine.arguments.dropFirst())))
