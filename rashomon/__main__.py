from rashomon.interfaces.cli import main

main()
