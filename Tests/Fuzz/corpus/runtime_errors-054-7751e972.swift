throw NSErrorLike.bad
enum NSErrorLike: Error { case bad }
