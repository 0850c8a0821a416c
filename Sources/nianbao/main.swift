import ArgumentParser

Nianbao.main()
